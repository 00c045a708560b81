"""The thing a "when" question asks about must be named by the line answering it, not only its place and verb."""

import pytest

from bot.answering.date_subjects import asked_head
from tests.conftest import write_docx


@pytest.mark.parametrize(("question", "head"), [
    ("when does the cloverdene utc open?", "utc"),
    ("when does the UTC in bleckmoor dale open? patients keep asking", "utc"),  # a place after the thing
    ("when does the frailty service go live?", "service"),  # a verb of two words
    ("When is the consultation due to start?", "consultation"),
    ("When is the Ollerbrook Urgent Treatment Centre now expected to open?", "centre"),  # a word of the verb's, not the thing
    ("when will the crisis café still open?", "café"),
    ("when is it due?", None),  # no subject of its own
    ("when is the next board meeting?", None),  # no verb after the subject: not read as subject and verb
])
def test_the_head_of_a_when_question_s_subject(question: str, head: str | None) -> None:
    assert asked_head(question) == head


@pytest.fixture()
def plan(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "tracker.docx", ["Delivery tracker, urgent care and crisis support",
                                         "This tracker is updated monthly by the programme office for the UEC Board.",
                                         "Each deliverable has an owner and a due date agreed with the SRO.",
                                         "Dates are as agreed at the board in January.", "Status is reported by exception.",
                                         "Key deliverables"],
               [["Ref", "Deliverable", "Due", "Owner"],
                ["D07", "Fennick Bay Urgent Treatment Centre opens 24/7", "01/04/2026", "Priya Vanstone"],
                ["D08", "Crisis cafe opens - Cloverdene", "Q4 25/26", "Dr Hannah Strickwood"]])
    return folder


@pytest.mark.parametrize(("question", "expected"), [
    ("When does the Cloverdene UTC open?", None),  # Cloverdene's crisis cafe opens; no UTC there is dated
    ("when does the cloverdene crisis cafe open?", "Q4 25/26"),
    ("when does the fennick bay UTC open?", "01/04/2026"),
])
def test_a_line_dating_another_thing_at_the_asked_place_is_no_answer(plan, ask_folder, question: str, expected: str | None) -> None:
    reply = ask_folder(plan, question)
    assert reply.answered is (expected is not None), reply.answer
    if expected:
        assert expected in reply.answer[:200], reply.answer


def test_a_line_naming_the_thing_by_its_short_form_names_it(tmp_path, ask_folder) -> None:
    """"When will the centre at Ollerbrook open?" is answered by "Ollerbrook UTC opens": a UTC is an urgent
    treatment centre, a centre, though the line never writes the word."""
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "tracker.docx", ["PMO milestone export", "Exported from the PMO system for the programme board.",
                                         "Each centre and service below reports to its workstream board."],
               [["id", "workstream", "milestone", "owner", "forecast date"],
                ["UEC1", "Urgent & Emergency Care", "Ollerbrook UTC opens", "m.durward", "2018-04-03"],
                ["MH3", "Mental Health", "Crisis cafe opens", "b.sowerby", "2017-11-30"]])
    reply = ask_folder(folder, "When will the centre at Ollerbrook open?")
    assert reply.answered and "2018-04-03" in reply.answer[:200], reply.answer
