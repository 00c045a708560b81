"""A tracker whose programme is written once over its milestones (a merged first cell: "P1 Urgent Care"
on the first row, the next rows' first cell empty) is read row by row: each referenced milestone
("1.2" under "1.1") is its own row, under its programme, with its own owner and date; an owner cell
that writes the person's job after their name ("Ann Tester Clinical Lead, Urgent Care") gives that job
as their role, for the programme the row is under."""

from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.records.owners import split_owners
from bot.textnorm import Tokenizer
from tests.office_files import workbook

# the due date written in the column of its quarter, as many trackers do
ROWS = [
    ["Wyvern ICS - delivery plan 2026/27: milestone tracker"],
    ["Programme", "Ref", "Milestone", "Owner", "Q1 26/27", "Q2 26/27", "Q3 26/27", "Q4 26/27", "Status"],
    ["P1 Urgent Care", "1.1", "Frailty hub opens at Harbour Infirmary", "Ann Tester Programme Manager, Urgent Care", "30/06/26", None, None, None, "Complete"],
    [None, "1.2", "Urgent treatment centre opens in Eastmoor", "Dr Bo Sample Clinical Lead, Urgent Care", None, None, "30/11/26", None, "At risk"],
    [None, "1.3", "Ambulance handover delays eliminated", "Cy Example Interim Director of Operations", None, None, None, "31/03/27", "On track"],
    ["P2 Planned Care", "2.1", "Community diagnostic centre opens in Westvale", "Di Placeholder Programme Manager, Planned Care", None, "01/09/26", None, None, "Complete"],
    [None, "2.2", "Fourth theatre commissioned at Westvale", "Miss Ed Dummy Clinical Lead, Planned Care", None, None, None, "28/02/27", "On track"],
]


@pytest.fixture(scope="module")
def tracker(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("grouped")
    workbook(folder / "delivery_tracker.xlsx", {"Delivery": ROWS})
    build_index([folder], folder.parent / "grouped_index", Tokenizer(), 10**7)
    index = PlanIndex.open(folder.parent / "grouped_index")
    yield index
    index.close()


@pytest.mark.parametrize(("question", "says", "not_says"), [
    ("When does the urgent treatment centre in Eastmoor open?", "30/11/26", "30/06/26"),
    ("When will ambulance handover delays be eliminated?", "31/03/27", "30/11/26"),
    ("Who owns the fourth theatre at Westvale?", "Ed Dummy", "Di Placeholder"),
    ("Who is the clinical lead for the Planned Care programme?", "Ed Dummy", "Di Placeholder"),
    ("Who is the clinical lead for urgent care?", "Bo Sample", "Ann Tester"),
])
def test_each_milestone_of_a_group_is_its_own_row(tracker, question: str, says: str, not_says: str) -> None:
    reply = answer(question, tracker, Tokenizer())
    assert reply.answered and says in reply.answer[:200] and not_says not in reply.answer, reply.answer


def test_a_group_label_is_each_rows_programme(tracker) -> None:
    rows = {r["title"]: r for r in tracker.table("initiatives")}
    assert rows["Urgent treatment centre opens in Eastmoor"]["number"] == "1.2"
    assert rows["Urgent treatment centre opens in Eastmoor"]["section"] == "P1 Urgent Care"
    assert rows["Fourth theatre commissioned at Westvale"]["section"] == "P2 Planned Care"


@pytest.mark.parametrize(("raw", "owners"), [
    ("Miss Ed Dummy Clinical Lead, Planned Care", ["Miss Ed Dummy (Clinical Lead, Planned Care)"]),
    ("Cy Example Interim Director of Operations", ["Cy Example (Interim Director of Operations)"]),
    ("Jo Other, Director of Finance", ["Jo Other (Director of Finance)"]),
    ("Al Person Chief Finance Officer & Deputy Chief Executive", ["Al Person (Chief Finance Officer & Deputy Chief Executive)"]),
    ("CYP Clinical Lead (vacant) contact: Fay Test, Programme Manager", ["vacant (CYP Clinical Lead)", "contact: Fay Test, Programme Manager"]),
    ("Jane Smith (vacant)", ["Jane Smith (vacant)"]),  # a person written as vacant is not a post
    ("Jayne Mellor", ["Jayne Mellor"]),
])
def test_a_name_with_its_job_after_it_is_the_person_in_that_role(raw: str, owners: list[str]) -> None:
    assert split_owners(raw) == owners


ROADMAP = ("Local digital roadmap: capabilities\n\n"
           "Group\tRef\tCapability\tLead\tDue\n"
           "Records sharing\tUC-A\tProfessionals across care settings can see GP-held information\tAB\tAchieved\n"
           "Transfers of care\tUC-D\tGPs receive timely electronic discharge summaries from secondary care\tDF\t30/06/2017\n"
           "\tUC-E\tSocial care receives timely electronic notice of hospital admissions and discharges\tRB\tQtr 4 17/18\n"
           "\tUC-F\tCare homes receive electronic transfer of care letters from hospitals\tRB\tQtr 2 18/19\n")


@pytest.mark.parametrize(("question", "says", "not_says"), [
    ("When will social care receive electronic notice of hospital admissions?", "Qtr 4 17/18", "30/06/2017"),
    ("When will GPs receive electronic discharge summaries?", "30/06/2017", "Qtr 4 17/18"),
])
def test_a_row_keyed_by_a_lettered_code_under_a_merged_group_is_its_own_row(papers, question: str, says: str, not_says: str) -> None:
    """"UC-E" under "UC-D", their group written once: each code starts a row of its own, not the rest of the row above."""
    reply = answer(question, papers({"roadmap.txt": ROADMAP}), Tokenizer())
    assert reply.answered and says in reply.answer[:100] and not_says not in reply.answer, reply.answer
