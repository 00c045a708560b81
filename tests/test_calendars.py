"""A milestone calendar (months down, programme codes across, a key elsewhere naming each code) is read
as milestones: each cell due in its row's month, of its column's programme as the key names it."""

from datetime import date

from bot.answering.pipeline import answer
from bot.models import DocumentInfo, ParsedDocument, SourceLine
from bot.records.extract import extract_records
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

CALENDAR = """Northfold milestone calendar 2019/20
Month\tQuarter\tUEC\tPCC\tMHLD
1 September 2019\tQ2 2019/20\tWinter plan signed off
1 October 2019\tQ3 2019/20\t\tAdvice and guidance live in all specialties
1 November 2019\t\t\t\tCrisis café opens in Kestlebury
1 December 2019\t\t\tSingle patient tracking list live
1 January 2020\tQ4 2019/20\tUrgent treatment centre designated

Key
Code\tProgramme\tSRO
UEC\tUrgent and Emergency Care\tJo Bloggs
PCC\tPlanned Care and Cancer\tAmir Khan
MHLD\tMental Health and Learning Disabilities\tTobias Renwick
"""


def _doc(text: str) -> ParsedDocument:
    info = DocumentInfo(id="d", file_name="calendar.txt", title="Calendar", kind="text", sha256="0" * 64)
    return ParsedDocument(info=info, lines=[SourceLine(line=i, text=t) for i, t in enumerate(text.split("\n"), 1)])


def test_each_cell_is_a_milestone_due_in_its_month_of_its_columns_programme() -> None:
    milestones = {m["text"]: m for m in extract_records(_doc(CALENDAR))["milestones"]}
    cafe = milestones["Crisis café opens in Kestlebury"]
    assert (cafe["start"], cafe["end"], cafe["precision"], cafe["due_raw"]) == ("2019-11-01", "2019-11-30", "month", "November 2019")
    assert cafe["section"].endswith("MHLD Mental Health and Learning Disabilities")
    assert not any(text.startswith("Q") for text in milestones)  # the quarter column is no milestone


def test_a_window_question_naming_the_programme_finds_its_codes_milestones(papers) -> None:
    index = papers({"calendar.txt": CALENDAR, **OTHER_PAPERS})
    reply = answer("Which Planned Care and Cancer milestones fall in Q3 2019/20?", index, Tokenizer(), date(2019, 9, 1))
    assert reply.answered and "Advice and guidance" in reply.answer and "tracking list" in reply.answer, reply.answer


def test_a_dated_list_whose_columns_say_what_each_cell_is_is_no_calendar() -> None:
    """"Month | Programme | Milestone": each row is one milestone, its programme a cell beside it."""
    listed = "Month\tProgramme\tMilestone\nSep 2026\tWorkforce\tCohort 1 starts\nNov 2026\tUrgent care\tWinter plan live\n" \
             "Sep 2027\tWorkforce\tCohort 2 starts\n"
    from bot.records.calendars import calendar_records

    assert not calendar_records(_doc(listed), {}, 2026).milestones
