"""Asked when something next happens: the line naming the next occasion fits the question."""

from datetime import date

import pytest

from bot.answering.next_occasion import NEXT, first_after
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("text", "states"), [
    ("7.2 The next meeting of the Board will be held on Wednesday 21 November 2018.", True),
    ("They will meet again on 9th September and this will start the design phase.", True),
    ("The committee will next meet on 3 March.", True),
    ("The Board met on 17 October 2018 in the Council Chamber.", False),
    ("Next steps: the business case goes to the Board in March.", False),
    ("Dates of future meetings: Tuesday 12 December 2017, Tuesday 9 January 2018 and Tuesday 13 February 2018.", True),
    ("PB meetings in 2018 are on the last Thursday of the month: 25 January, 29 March and 31 May 2018.", True),
    ("Meetings were held on 18 July 2018 and 17 October 2018.", False),
])
def test_a_line_naming_the_next_occasion(text: str, states: bool) -> None:
    assert NEXT.states(text) is states


MINUTES = """Wexbury Partnership Board minutes, 17 October 2018

1. Welcome
The Chair welcomed members. Meetings this year were held on 18 July 2018 and 17 October 2018.

7. Any other business
7.1 An extra Wexbury Partnership Board meeting on urgent care may be called for 12 December 2018 if members need it.

7.2 The next meeting will be held on Wednesday 21 November 2018 at the Civic Centre.
"""


@pytest.mark.parametrize("question", ["When does the Wexbury Partnership Board meet again after its October 2018 meeting?",
                                      "when's the wexbury partnership board after the october one?"])
def test_the_meeting_after_a_named_one_is_the_next(papers, question: str) -> None:
    """"After its October session" asks for the next occasion as "next" does: the line naming the next
    meeting answers, not the October meeting's own date or another date that falls later."""
    reply = answer(question, papers({"minutes.txt": MINUTES, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Wednesday 21 November 2018"), reply.answer


def test_the_line_naming_the_next_meeting_fits_when_they_next_meet(papers) -> None:
    """Both dates fall after October; only one line says it is the next meeting: it fits the form."""
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.answering.scorer import load_scorer

    index = papers({"minutes.txt": MINUTES, **OTHER_PAPERS})
    question = "When does the Wexbury Partnership Board next meet after its October 2018 meeting?"
    assert NEXT.asks(question)
    ctx = context_for(question, index, Tokenizer(), None, 1000, None)
    forms = {c.answer.split(":")[0]: c.fits_form for c in ranked_candidates(ctx, load_scorer()) if c.source == "sentence"}
    assert forms.get("Wednesday 21 November 2018") == 1.0, forms
    assert forms.get("12 December 2018", 0.0) < 1.0, forms


@pytest.mark.parametrize(("as_of", "expected"), [(date(2017, 12, 20), "Tuesday 9 January 2018"),
                                                (date(2017, 11, 20), "Tuesday 12 December 2017"), (date(2018, 3, 1), None)])
def test_the_next_of_a_schedule_is_its_first_date_from_the_day_asked(as_of: date, expected: str | None) -> None:
    assert first_after("Dates of future meetings: Tuesday 12 December 2017, Tuesday 9 January 2018 and Tuesday 13 February 2018",
                       as_of) == expected


@pytest.mark.parametrize(("as_of", "expected"), [(date(2018, 2, 10), "29 March 2018"), (date(2018, 1, 1), "25 January 2018"),
                                                (date(2018, 6, 1), None)])
def test_a_list_writing_its_year_once_gives_each_day_that_year(as_of: date, expected: str | None) -> None:
    """"25 January, 29 March and 31 May 2018": the year written after the last day is every day's."""
    assert first_after("PB meetings in 2018 are on the last Thursday of the month: 25 January, 29 March and 31 May 2018, 2pm",
                       as_of) == expected


def test_a_schedule_answers_when_the_next_meeting_is(bank_index) -> None:
    """Real minutes (a Word paper) listing "Dates of future meetings": asked in January 2018, the next is
    the first of them still to come, not the first listed."""
    reply = answer("when does the System Leadership Group next meet?", bank_index("other_ics_q"), Tokenizer(), date(2018, 1, 20))
    assert reply.answered and reply.answer.startswith("Tuesday 13 February 2018"), reply.answer


BOARD_LOG = """Wexbury ICB Board minutes, 26 September 2024

1. Minutes and matters arising
The minutes of the Wexbury ICB Board meeting held on 25 July 2024 were approved. Dana Kell will bring the Wexbury ICB Board handover plan to the next meeting.

2. Finance
The Board noted the month 5 position.

Date of next meeting: Thursday 28 November 2024, 10:00, Holt Lane Hall.
"""


@pytest.mark.parametrize("question", [
    "When is the next Wexbury ICB Board meeting?",
    "next ICB board? need to get a paper in, deadline looming",
])
def test_the_next_meeting_is_the_date_given_for_it_not_a_line_mentioning_it(papers, question: str) -> None:
    """A line naming the next meeting in passing, and leading with another date, is no answer when a
    line gives the next meeting's date."""
    reply = answer(question, papers({"board.txt": BOARD_LOG}), Tokenizer())
    assert reply.answered and "28 November 2024" in reply.answer[:120], reply.answer


@pytest.mark.parametrize(("question", "asks"), [
    ("When is the next System Delivery Board meeting?", True),
    ("when do the leaders next meet?", True),
    ("when does the committee meet again?", True),
    ("what is due next month?", False),
    ("what happens next quarter for the hub?", False),
    ("next STB after the 13 nov one? need my paper in", True),
    # the one after a named occasion is the next, "next" unsaid
    ("On what day does the monthly board meet again after its March session?", True),
    ("when's the PDB after the march one? need to book the room", True),
    ("when do the partners gather after their mid-March meeting?", True),
    ("what happened after the March meeting?", False),
    ("what is due after the first one?", False),
])
def test_asking_for_the_next_occasion(question: str, asks: bool) -> None:
    from bot.answering.next_occasion import asks_occasion
    assert asks_occasion(question) is asks


@pytest.mark.parametrize(("question", "wants"), [
    ("next crg meeting? want the audit on it", ("date",)),  # a fragment naming the next meeting asks when
    ("next stb after the 13 nov one? need my paper in on time", ("date",)),
    ("what is on the agenda of the next board meeting?", ("text",)),
    ("who chairs the next meeting?", ("person",)),
    ("next steps for the hub?", ("text",)),
])
def test_a_fragment_naming_the_next_meeting_asks_its_date(question: str, wants: tuple[str, ...]) -> None:
    from bot.answering.asked_type import asked_types
    assert asked_types(question) == wants


ACTION_LOG = """Wexbury System Delivery Board minutes, 17 September 2026

1. Actions
Action A26/33 - FD to report the position on 65-week waits at 30 September to the next meeting.

2. Performance
Virtual wards: occupancy averaged 78% in August.

3. Any other business
None was raised. The next meeting will be held on Thursday 15 October 2026 at the Civic Centre.
"""


def test_a_date_before_the_next_meeting_phrase_is_no_meeting_date(papers) -> None:
    reply = answer("when is the next Wexbury System Delivery Board?", papers({"sdb.txt": ACTION_LOG}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Thursday 15 October 2026"), reply.answer


@pytest.mark.parametrize(("answer", "item", "gives"), [
    ("Thursday 15 October 2026: The next meeting will be held on Thursday 15 October 2026.", "Thursday 15 October 2026", True),
    ("Thursday 28 November 2024: Date of next meeting: Thursday 28 November 2024, 10:00.", "Thursday 28 November 2024", True),
    ("30 September: FD to report the position at 30 September to the next meeting.", "30 September", False),
    ("25 July 2024: The minutes of the meeting held on 25 July 2024 were approved. Dana Kell will bring the plan "
     "to the next meeting.", "25 July 2024", False),
    ("Dana Kell will bring the plan to the next meeting.", None, False),  # led by no date: gives none
])
def test_a_line_gives_the_next_meeting_s_date_after_saying_so(answer: str, item: str | None, gives: bool) -> None:
    from types import SimpleNamespace

    from bot.answering.next_occasion import gives_next
    assert gives_next(SimpleNamespace(answer=answer, item=item, context="", main=answer.partition(": ")[2])) is gives


JANUARY = """Harbury STP Programme Board minutes, 19 January 2017

PB/17/01 Minutes of the last meeting: approved.
PB/17/09 Any other business and next meeting
None. There is no meeting in February. Next meeting: Thursday 16 March 2017, 14:00, Boardroom.
"""

MARCH = """Harbury STP Programme Board minutes, 16 March 2017

1. Apologies
None.

9. Date of next meeting
Thursday 20 April 2017, 14:00, Boardroom, Harbury Royal Infirmary.
"""


@pytest.mark.parametrize("question", ["When is the Programme Board meeting after the one held on 16 March 2017?",
                                      "when's the programme board after the march one? need to get papers in"])
def test_the_meeting_after_a_named_day_is_not_that_days(papers, question: str) -> None:
    """Asked for the meeting after 16 March, the January minutes' next meeting (16 March itself) is not it,
    nor February's; the March minutes' line under "Date of next meeting" is."""
    reply = answer(question, papers({"january.txt": JANUARY, "march.txt": MARCH, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Thursday 20 April 2017"), reply.answer


MARCH_RUN_IN = """Harbury STP Programme Board note, 16 March 2017

1. Apologies. None.
8. Date of next meeting. Tuesday 11 April 2017, 14:00, Lyndmoor House.
Note taken by the STP PMO, 17/03/2017.
"""


@pytest.mark.parametrize("question", ["when's the next prog board after the march one? need to get papers in",
                                      "After its March meeting, when does the programme board next get together?"])
def test_a_next_meeting_heading_run_in_on_its_line_gives_the_next_date(papers, question: str) -> None:
    """"8. Date of next meeting. Tuesday 11 April 2017, ..." on one line: the heading is run in before the
    date, and says the date is the next meeting's as a heading above it would."""
    reply = answer(question, papers({"january.txt": JANUARY, "march.txt": MARCH_RUN_IN, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Tuesday 11 April 2017"), reply.answer


def test_the_meeting_after_a_named_day_is_the_first_after_it(papers) -> None:
    """Asked for the meeting after 19 January, both the January minutes' next meeting (16 March) and the
    March minutes' (20 April) are after it: the first of them is the one after 19 January."""
    reply = answer("When is the next meeting of the Programme Board after 19 January 2017?",
                   papers({"january.txt": JANUARY, "march.txt": MARCH, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "16 March 2017" in reply.answer[:40], reply.answer


@pytest.mark.parametrize(("question", "after"), [
    ("When is the Programme Board meeting after the one held on 16 March 2017?", (2017, 3, 16)),
    ("when's the PB after the march one?", (None, 3, None)),
    ("When does the board get together after its February session?", (None, 2, None)),
    ("When is the next meeting?", None),
])
def test_the_occasion_asked_after(question: str, after) -> None:
    from bot.answering.next_occasion import asked_after
    assert asked_after(question) == after


def test_a_minute_reference_is_no_date() -> None:
    from bot.answering.types import dates
    assert [d for _, _, d in dates("PB/17/10 Date of next meeting Thursday 9 March 2017")] == ["Thursday 9 March 2017"]
    assert [d for _, _, d in dates("savings in 16/17 and 2017/18")] == ["16/17", "2017/18"]


@pytest.mark.parametrize(("context", "gives"), [("Minutes, 16 March 2017 › 9. Date of next meeting", True),
                                                 ("Minutes, 16 March 2017 › 8. Finance", False)])
def test_a_line_under_the_next_meeting_heading_gives_its_date(context: str, gives: bool) -> None:
    from types import SimpleNamespace

    from bot.answering.next_occasion import gives_next
    line = SimpleNamespace(answer="Thursday 20 April 2017: Thursday 20 April 2017, 14:00, Boardroom.", item="Thursday 20 April 2017",
                           context=(context, "Harbury STP Programme Board minutes"), main="Thursday 20 April 2017, 14:00, Boardroom.")
    assert gives_next(line) is gives
