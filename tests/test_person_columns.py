"""Which column of a row holds the person a "who" question asks for. A project plan exported from a
scheduling tool (Microsoft Project, Planner) names each task under "Task Name" and its people under "Resource
Names" or "Assigned To": the person, not the task's own name (a "name" column names a person only when it is
not the name of a thing). A column labelled for places or bodies ("Place", "Site") holds no person, however
like a name its cells read."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

EXPORT = ("ID,Outline Level,WBS,Task Name,Duration,Start,Finish,% Complete,Resource Names\n"
          "1,1,1,Eastfield,120 days,Mon 05/02/18,Mon 17/12/18,20%,\n"
          "2,2,1.1,Business case approved by the SLE,0 days,Mon 05/02/18,Mon 05/02/18,100%,Joss Aldridge\n"
          "3,2,1.2,Mobile CT unit on site at the retail park,0 days,Mon 20/08/18,Mon 20/08/18,0%,Mehmet Ashdown\n"
          "4,2,1.3,Hub lease signed,0 days,Fri 13/04/18,Fri 13/04/18,0%,Corin Vasquez\n")
PLANNER = ("Task Name\tBucket Name\tAssigned To\tDue Date\n"
           "Draft the comms plan\tEngagement\tPriya Castell\t31/05/2018\n"
           "Book the launch venue\tEngagement\tTomas Oyelaran\t15/06/2018\n")


@pytest.mark.parametrize("files, question, person, task", [
    ({"schedule.csv": EXPORT}, "Who is responsible for the task of getting the mobile CT unit on site at the retail park?",
     "Mehmet Ashdown", "Mobile CT unit"),
    ({"planner.txt": PLANNER}, "who has the task to book the launch venue?", "Tomas Oyelaran", "Book the launch venue"),
])
def test_who_has_a_task_is_answered_with_its_person_not_its_name(papers, files: dict, question: str, person: str, task: str) -> None:
    reply = answer(question, papers(files), Tokenizer())
    assert reply.answered and reply.answer.startswith(person), reply.answer
    assert task in reply.answer, reply.answer


DASHBOARD = ("Must-do map: schemes led by the places, including the bid to the Cancer Alliance\n"
             "Ref\tScheme\tPlace\tMD6\tMD9\n"
             "CAT-02\tLung Health Checks\tCattermouth Bay\tP\tS\n"
             "DRV-01\tCommunity Hospital Hub\tDrovesmoor Moor\t\tP\n")
BID = ("Lung Health Check bid summary\n\n"
       "Why Cattermouth Bay\n"
       "Cattermouth Bay has the highest lung cancer death rate in the Alliance.\n\n"
       "Who is leading it\n"
       "The bid is led by Dr Yusuf Tremayne, consultant respiratory physician.\n")


def test_a_place_is_no_person_under_a_place_column_or_in_a_heading_asking_why(papers) -> None:
    """"Cattermouth Bay" under "Place" reads like a name, and so does a heading asking "Why Cattermouth Bay"
    set alone on its line: who leads the bid is the person the bid names."""
    index = papers({"dashboard.txt": DASHBOARD, "bid.txt": BID})
    assert not any(p["name"].startswith("Why") for p in index.table("people"))
    reply = answer("Who leads the Lung Health Check bid to the Cancer Alliance?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Dr Yusuf Tremayne"), reply.answer


@pytest.mark.parametrize("text", ["Why Cattermouth Bay", "Who Is Leading It", "How Hatchmoor Compares"])
def test_a_heading_asking_a_question_is_no_name(text: str) -> None:
    from bot.records.names import person_name

    assert person_name(text) is None
