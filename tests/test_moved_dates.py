"""A date a later paper gives for the same thing governs: a tracker's row with both its baseline and its
forecast answers with the forecast, and of two papers tied on every feature the later one's date leads."""

from datetime import date

import pytest

from bot.answering.candidates.current_dates import current_date as _current_date, moved_from
from bot.answering.pipeline import answer

SUBMISSION = """Haldenmoor STP submission

Table 3: Priority initiatives
Initiative\tSenior Responsible Owner\tKey milestones
System Efficiency and Estates (SEE)\tPriyanka Dunmore\tShared back office business case to the Partnership Board - February 2017
"""
TRACKER = """PMO milestone tracker

Ref\tWorkstream\tMilestone\tMilestone owner\tBaseline\tForecast\tRAG
SEE-02\tBack Office\tShared back office business case to the Partnership Board\tAnwen Pritchard\tFeb 17\tMar 17\tA
UEC-01\tUrgent Care\tNHS 111 clinical hub live\tDr Kasimir Vell\t01/04/17\t01/04/17\tG
"""
PAPERS = {"01_HC_STP_Submission_21Oct2016.txt": SUBMISSION, "03_HC_PMO_Milestone_Tracker_03Feb2017.txt": TRACKER}


def test_the_later_papers_date_answers(papers, tokenizer) -> None:
    reply = answer("When is the shared back office business case due at the Partnership Board?", papers(PAPERS), tokenizer,
                   as_of=date(2017, 2, 5))
    assert reply.answered and "Mar 17" in reply.answer and "February 2017" not in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "column"), [
    ("When is the business case due at the board?", 5),  # the forecast: when it is due now
    ("When was the business case originally due at the board?", 4),  # the baseline, asked as such
    ("Before it slipped, when was it due?", 4),
])
def test_a_row_with_baseline_and_forecast(question: str, column: int) -> None:
    labels = ["Ref", "Workstream", "Milestone", "Milestone owner", "Baseline", "Forecast", "RAG"]
    cells = [{"text": t} for t in ["SEE-02", "Back Office", "Business case to the board", "Anwen Pritchard", "Feb 17", "Mar 17", "A"]]
    found = _current_date(labels, cells, question)
    assert (found if found is not None else 4) == column


def test_a_row_with_one_date_column_has_no_current_one() -> None:
    labels, cells = ["Milestone", "Due"], [{"text": "Hub live"}, {"text": "Mar 17"}]
    assert _current_date(labels, cells, "When is the hub live?") is None


def test_of_two_papers_saying_the_same_thing_the_later_ones_date_leads(papers, tokenizer) -> None:
    """Worded alike and tied on every feature, the October plan's date and February's: February's governs."""
    row = "SEE-02\tShared back office business case to the Partnership Board\tAnwen Pritchard\t{due}\n"
    index = papers({
        "01_HC_STP_Plan_21Oct2016.txt": "STP plan\n\nRef\tMilestone\tOwner\tDue\n" + row.format(due="Feb 2017"),
        "03_HC_STP_Update_03Feb2017.txt": "STP update\n\nRef\tMilestone\tOwner\tDue\n" + row.format(due="Mar 2017"),
        "board.txt": "Partnership Board\nThe board met in January and agreed the estates strategy.\n",
    })
    reply = answer("When will the shared back office business case go to the Partnership Board?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Mar 2017"), reply.answer



@pytest.mark.parametrize(("question", "later_leads"), [
    ("When will the Ollerbrook urgent treatment centre open?", True),
    ("When did the Ollerbrook urgent treatment centre's date change?", False),  # the change asked, not the date now
    ("What was the original date for the Ollerbrook urgent treatment centre?", False),
])
def test_a_later_papers_row_keyed_by_the_same_reference_gives_its_date(papers, tokenizer, question: str, later_leads: bool) -> None:
    """The plan's row "UEC1 | Ollerbrook Urgent Treatment Centre ... | Winter 2017/18" and a later
    export's "UEC1 | Ollerbrook UTC opens | 2018-04-03" are one item by their reference, however differently
    worded and scored: the later paper's date leads."""
    from bot.answering.candidates import Candidate
    from bot.answering.pipeline import context_for
    from bot.answering.ties import latest_paper_first

    ctx = context_for(question, papers({"board.txt": "Partnership Board\nThe Ollerbrook urgent treatment centre is on track.\n"}),
                      tokenizer, None, 1000, None)
    plan = Candidate(source="row", main="UEC1 | Ollerbrook Urgent Treatment Centre: redevelop the minor injuries unit | Winter 2017/18",
                     context="", area=None, answer="Winter 2017/18 (UEC1)", citations=[], score=3.8, probability=0.7,
                     features={"topic_main": 0.9})
    export = Candidate(source="row", main="UEC1 | Urgent & Emergency Care | Ollerbrook UTC opens | 2018-04-03", context="", area=None,
                       answer="2018-04-03 (id: UEC1)", citations=[], score=2.6, features={"topic_main": 0.3})
    found = [plan, export]
    latest_paper_first(found, ctx, lambda c: 2 if c is export else 1)
    assert (found[0] is export) is later_leads
    assert found[0].probability == 0.7  # the reply answers with the best's confidence


@pytest.mark.parametrize(("question", "later_leads"), [
    ("Who owns the discharge to assess milestone now?", True),
    ("Who owned the discharge to assess milestone before the change?", False),
])
def test_a_later_papers_row_keyed_by_the_same_reference_gives_its_owner(papers, tokenizer, question: str, later_leads: bool) -> None:
    """"OOH3 | ... | Jacqueline Morven" in the annex and "OOH3 | ... | Peter Oyelaran" in February's tracker:
    the tracker's owner holds the item now."""
    from bot.answering.candidates import Candidate
    from bot.answering.pipeline import context_for
    from bot.answering.ties import later_row_first

    ctx = context_for(question, papers({"board.txt": "Partnership Board\\nDischarge to assess is on track.\\n"}), tokenizer, None, 1000, None)
    annex = Candidate(source="row", main="OOH3 | Discharge to assess (D2A): pathways 1-3 | Jacqueline Morven", context="", area=None,
                      answer="Jacqueline Morven (OOH3)", citations=[], score=5.2, probability=0.8)
    tracker = Candidate(source="row", main="OOH3 | OOH | D2A in place for pathways 1-3 | Peter Oyelaran", context="", area=None,
                        answer="Peter Oyelaran (Ref: OOH3)", citations=[], score=4.7)
    found = [annex, tracker]
    later_row_first(found, ctx, lambda c: 2 if c is tracker else 1)
    assert (found[0] is tracker) is later_leads


def test_a_heading_a_narrow_column_broke_at_a_hyphen_is_read_whole() -> None:
    """"Fore-cast" over a register's narrow column is the forecast: its date is the one now expected."""
    labels = ["Ref", "Description", "Owner", "Baseline", "Fore-cast", "Var"]
    cells = [{"text": t} for t in ["M-02", "MSK triage service go-live", "O Pettifer", "31/03/2017", "30/06/2017", "+13 wks"]]
    assert _current_date(labels, cells, "When is the MSK triage service due to go live?") == 4
    assert moved_from(labels, cells, 4) == "31/03/2017"
    assert moved_from(labels, cells, 3) is None  # the baseline's own column moved nothing


def test_a_rows_forecast_is_said_to_have_moved_from_its_baseline(papers, tokenizer) -> None:
    reply = answer("When is the shared back office business case due now?", papers({"tracker.txt": TRACKER}), tokenizer)
    assert reply.answered and reply.answer.startswith("Mar 17 (moved from Feb 17)"), reply.answer
