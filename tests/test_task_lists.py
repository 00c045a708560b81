"""A task list exported from a scheduling tool: tasks nested by outline level or WBS number, each with its
finish date, "% Complete" and resource. Summary tasks are what the tasks under them belong to, not
milestones; a task at 100% is done, so it is never overdue."""

from datetime import date
from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.models import DocumentInfo, ParsedDocument, SourceLine
from bot.records.task_lists import task_list_header
from bot.records.trackers import tracker_records
from bot.textnorm import Tokenizer

EXPORT = ("ID,Outline Level,WBS,Task Name,Start,Finish,% Complete,Resource Names\n"
          "1,1,1,Eastfield,Mon 05/02/18,Mon 17/12/18,20%,\n"
          "2,2,1.1,EF-01 Frailty Hub,Mon 05/02/18,Mon 17/12/18,40%,\n"
          "3,3,1.1.1,Business case approved by the SLE,Mon 05/02/18,Mon 05/02/18,100%,Joss Aldridge\n"
          "4,3,1.1.2,Hub lease signed,Fri 13/04/18,Fri 13/04/18,0%,Corin Vasquez\n"
          "5,3,1.1.3,Hub opens,Mon 17/12/18,Mon 17/12/18,0%,Corin Vasquez\n"
          "6,2,1.2,EF-02 Tele-dermatology,Mon 02/04/18,Fri 31/08/18,10%,\n"
          "7,3,1.2.1,Dermatoscopes delivered,Mon 16/04/18,Mon 16/04/18,50%,Priya Castell\n")


def _doc(text: str) -> ParsedDocument:
    lines = [SourceLine(line=k, text=row.replace(",", "\t")) for k, row in enumerate(text.splitlines(), start=1)]
    info = DocumentInfo(id="d1", file_name="schedule.csv", title="Delivery schedule", kind="text", sha256="0" * 64, lines=len(lines))
    return ParsedDocument(info=info, lines=lines)


@pytest.mark.parametrize("text", [EXPORT, "\n".join(",".join(c for k, c in enumerate(row.split(",")) if k != 1)
                                                    for row in EXPORT.splitlines())])  # WBS numbers alone nest it too
def test_tasks_are_milestones_of_the_summary_task_above_them(text: str) -> None:
    out = tracker_records(_doc(text), {}, lambda s: [s], lambda t: ["Eastfield"] if "Eastfield" in t else [])
    got = {(m["initiative"], m["text"], m["status"], m["area"]) for m in out.milestones}
    assert got == {("EF-01 Frailty Hub", "Business case approved by the SLE", "100%", "Eastfield"),
                   ("EF-01 Frailty Hub", "Hub lease signed", "0%", "Eastfield"), ("EF-01 Frailty Hub", "Hub opens", "0%", "Eastfield"),
                   ("EF-02 Tele-dermatology", "Dermatoscopes delivered", "50%", "Eastfield")}
    assert {m["owner"] for m in out.milestones if m["text"] == "Hub lease signed"} == {"Corin Vasquez"}


def test_a_table_with_no_outline_is_no_task_list() -> None:
    assert task_list_header("Task Name\tFinish\tOwner") is None
    assert task_list_header("ID\tOutline Level\tTask Name\tFinish") == {"milestone": 2, "due": 3, "level": 1}


def test_overdue_tasks_are_those_due_and_not_at_100_percent(papers) -> None:
    index = papers({"schedule.csv": EXPORT})
    reply = answer("Which tasks in the delivery schedule are overdue?", index, Tokenizer(), as_of=date(2018, 4, 23))
    assert reply.answered and "Hub lease signed" in reply.answer and "Dermatoscopes delivered" in reply.answer, reply.answer
    assert "Business case approved" not in reply.answer and "Hub opens" not in reply.answer, reply.answer
